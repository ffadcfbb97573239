"""Leeuwarden: Regeling gebruik (communicatie)middelen 2024.

Each rule cites the provisions it rests on; each figure comes from a parameter with its provision.
"""
