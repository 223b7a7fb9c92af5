package main

import (
	"fmt"
	"sort"
)

var timeZone = map[string]int{"UTC": 0 * 60 * 60, "EST": -5 * 60 * 60, "CST": -6 * 60 * 60, "MST": -7 * 60 * 60, "PST": -8 * 60 * 60}

func offset(tz string) int {
	if seconds, ok := timeZone[tz]; ok {
		return seconds
	}
	fmt.Println("unknown time zone:", tz)
	return 0
}

func main() {
	fmt.Println(offset("EST"), offset("XYZ"))
	attended := map[string]bool{"Ann": true, "Joe": true}
	for _, p := range []string{"Ann", "Bob"} {
		if attended[p] {
			fmt.Println(p, "was at the meeting")
		}
	}
	_, present := timeZone["PST"]
	fmt.Println(present)
	delete(timeZone, "PDT")
	zones := make([]string, 0, len(timeZone))
	for z := range timeZone {
		zones = append(zones, z)
	}
	sort.Strings(zones)
	fmt.Println(zones)
}
