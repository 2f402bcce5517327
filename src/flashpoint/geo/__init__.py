"""Offline geocoding: the compiled gazetteer, finding toponyms, resolving them, placing reports.

>>> from flashpoint.geo import make_geocoder
>>> place = make_geocoder().place_of("Gwoza town, Borno", countries=("NG",))
>>> place.name, place.admin1, place.precision
('Gwoza', 'NG-BO', 1)
"""

from flashpoint.geo.gazetteer import Gazetteer, open_gazetteer
from flashpoint.geo.geocoder import Geocoder, make_geocoder
from flashpoint.geo.reports import locate
from flashpoint.geo.toponyms import Toponym, find

__all__ = ["Gazetteer", "Geocoder", "Toponym", "find", "locate", "make_geocoder", "open_gazetteer"]
