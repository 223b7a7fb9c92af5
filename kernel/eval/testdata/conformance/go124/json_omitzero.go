package main

import (
	"encoding/json"
	"fmt"
	"time"
)

type Event struct {
	Name  string    `json:"name"`
	When  time.Time `json:"when,omitzero"`
	Count int       `json:"count,omitzero"`
	Tags  []string  `json:"tags,omitempty"`
}

func main() {
	b, _ := json.Marshal(Event{Name: "a"})
	fmt.Println(string(b))
	b, _ = json.Marshal(Event{Name: "b", When: time.Date(2024, 1, 2, 3, 4, 5, 0, time.UTC), Count: 2})
	fmt.Println(string(b))
}
