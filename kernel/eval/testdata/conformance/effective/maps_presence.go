package main

import (
	"fmt"
	"log"
	"os"
)

var timeZone = map[string]int{
	"UTC": 0 * 60 * 60,
	"EST": -5 * 60 * 60,
	"CST": -6 * 60 * 60,
	"MST": -7 * 60 * 60,
	"PST": -8 * 60 * 60,
}

func offset(tz string) int {
	if seconds, ok := timeZone[tz]; ok {
		return seconds
	}
	log.Println("unknown time zone:", tz)
	return 0
}

func main() {
	log.SetFlags(0)
	log.SetOutput(os.Stdout)
	fmt.Println(offset("EST"), offset("XYZ"))
	attended := map[string]bool{"Ann": true, "Joe": true}
	for _, person := range []string{"Ann", "Bob"} {
		if attended[person] {
			fmt.Println(person, "was at the meeting")
		}
	}
	_, present := timeZone["PST"]
	fmt.Println(present)
	delete(timeZone, "PDT")
	fmt.Println(len(timeZone))
	set := map[string]struct{}{}
	set["a"] = struct{}{}
	_, in := set["a"]
	fmt.Println(in, len(set))
}
