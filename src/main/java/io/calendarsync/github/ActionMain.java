package io.calendarsync.github;

public final class ActionMain {
    public static void main(String[] args) throws Exception {
        String file = System.getenv().getOrDefault("INPUT_CALENDAR-FILE", "calendar.yaml");
        var mapper = new com.fasterxml.jackson.databind.ObjectMapper(new com.fasterxml.jackson.dataformat.yaml.YAMLFactory());
        var tree = mapper.readTree(new java.io.File(file));
        System.out.println("meetings: " + tree.size());
    }
}
