package com.healthoptions.mtm.disposal;

import java.util.List;

/** Distances on the Earth as a sphere of mean radius (haversine), and the boxes that contain a radius. */
public final class GreatCircle {

    /** IUGG mean Earth radius, 6,371.0088 km, in statute miles. */
    public static final double EARTH_RADIUS_MILES = 3958.7613;

    /** A latitude/longitude rectangle in degrees; west &lt;= east (one never crosses the antimeridian). */
    public record Box(double south, double west, double north, double east) {
    }

    private GreatCircle() {
    }

    public static double miles(double lat1, double lon1, double lat2, double lon2) {
        double dLat = Math.toRadians(lat2 - lat1);
        double dLon = Math.toRadians(lon2 - lon1);
        double h = Math.pow(Math.sin(dLat / 2), 2)
                + Math.cos(Math.toRadians(lat1)) * Math.cos(Math.toRadians(lat2)) * Math.pow(Math.sin(dLon / 2), 2);
        return 2 * EARTH_RADIUS_MILES * Math.asin(Math.min(1, Math.sqrt(h)));
    }

    /**
     * Boxes that together contain every point within {@code radiusMiles} of the centre: one box, or two
     * when the circle crosses the antimeridian (the Aleutians). Near a pole the box spans all longitudes.
     */
    public static List<Box> boundingBoxes(double lat, double lon, double radiusMiles) {
        double angular = radiusMiles / EARTH_RADIUS_MILES;
        double dLat = Math.toDegrees(angular);
        double south = Math.max(-90, lat - dLat);
        double north = Math.min(90, lat + dLat);
        if (lat + dLat >= 90 || lat - dLat <= -90) {
            return List.of(new Box(south, -180, north, 180));
        }
        double dLon = Math.toDegrees(Math.asin(Math.min(1, Math.sin(angular) / Math.cos(Math.toRadians(lat)))));
        double west = lon - dLon;
        double east = lon + dLon;
        if (west < -180) {
            return List.of(new Box(south, west + 360, north, 180), new Box(south, -180, north, east));
        }
        if (east > 180) {
            return List.of(new Box(south, west, north, 180), new Box(south, -180, north, east - 360));
        }
        return List.of(new Box(south, west, north, east));
    }
}
