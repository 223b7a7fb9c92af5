package main

import (
	"encoding/json"
	"fmt"
	"time"
)

// A struct type without methods of its own embedding time.Time has
// time.Time's MarshalJSON in its method set: encoding/json encodes its
// values as the time, also as a field, an element, a map value or through
// a pointer.

type Stamp struct {
	time.Time
	Note string
}

type Event struct {
	At    Stamp
	Prev  *Stamp
	Hist  []Stamp
	ByKey map[string]Stamp
}

type Wrapped struct {
	Stamp
	N int
}

func main() {
	s := Stamp{time.Date(2024, 5, 6, 7, 8, 9, 0, time.UTC), "ignored"}
	b, err := json.Marshal(Event{s, &s, []Stamp{s}, map[string]Stamp{"k": s}})
	fmt.Println(string(b), err)
	b, _ = json.Marshal([]any{s, Wrapped{s, 1}, struct{ W Wrapped }{Wrapped{s, 2}}})
	fmt.Println(string(b))
	b, _ = json.Marshal(s)
	fmt.Println(string(b), s.Note)
}
