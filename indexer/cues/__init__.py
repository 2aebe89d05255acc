"""Marks of print that Swedish minutes share and more than one stage reads.

Each module holds patterns only and imports no stage, so `read`, `segment` and `entities` may all use
it without one stage reaching into another.
"""
