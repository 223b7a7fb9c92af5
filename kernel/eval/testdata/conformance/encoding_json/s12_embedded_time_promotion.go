package main

import (
	"encoding/json"
	"fmt"
	"time"
)

// Event embeds time.Time: its MarshalJSON is promoted, so the whole
// struct marshals as the time (a classic gotcha).
type Event struct {
	time.Time
	Name string
}

// Fixed names the field, so both are encoded.
type Fixed struct {
	At   time.Time `json:"at"`
	Name string    `json:"name"`
}

type Stamp struct {
	Created time.Time  `json:"created"`
	Updated *time.Time `json:"updated,omitempty"`
	TTL     time.Duration
}

func main() {
	t := time.Date(2024, 4, 1, 12, 0, 0, 0, time.UTC)
	b, err := json.Marshal(Event{t, "launch"})
	fmt.Println(string(b), err)
	b, _ = json.Marshal(Fixed{t, "launch"})
	fmt.Println(string(b))
	var e Event
	err = json.Unmarshal([]byte(`"2025-01-02T03:04:05Z"`), &e)
	fmt.Println(err, e.Year(), e.Name == "")
	var f Fixed
	err = json.Unmarshal([]byte(`{"at":"2024-02-29T23:59:59+09:00","name":"leap"}`), &f)
	fmt.Println(err, f.At.UTC(), f.Name)
	err = json.Unmarshal([]byte(`{"at":"yesterday"}`), &f)
	fmt.Println(err)
	s := Stamp{Created: t, TTL: time.Minute}
	b, _ = json.Marshal(s)
	fmt.Println(string(b))
	u := t.Add(time.Hour)
	s.Updated = &u
	b, _ = json.MarshalIndent(s, "", "  ")
	fmt.Println(string(b))
	fmt.Println(e.Format(time.Kitchen), e.Add(time.Hour).Hour())
}
