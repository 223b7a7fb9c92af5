package main

import (
	"encoding/xml"
	"fmt"
)

type Reading struct {
	Sensor string
	Value  float64
}

type Report struct {
	Title    string
	BySensor map[string]Reading
}

// xml.Marshal's error for a type it cannot encode names the notebook
// types in it.
func main() {
	_, err := xml.Marshal(map[string]Reading{"a": {"a", 1}})
	fmt.Println(err)
	_, err = xml.Marshal(Report{Title: "r", BySensor: map[string]Reading{}})
	fmt.Println(err)
	_, err = xml.Marshal(make(chan []Reading))
	fmt.Println(err)
	out, err := xml.Marshal(Report{Title: "ok"})
	fmt.Println(string(out), err)
}
