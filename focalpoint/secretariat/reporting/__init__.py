"""The Secretariat's yearly report to the Permanent Council, drafted from the missions' data."""
