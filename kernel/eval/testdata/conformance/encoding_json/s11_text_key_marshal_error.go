package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
)

// A map key type with a MarshalText method: its text is the JSON key, and
// a key whose MarshalText fails makes the encoder fail, naming the map type.

type Level int

var errLevel = errors.New("level out of range")

func (l Level) MarshalText() ([]byte, error) {
	if l < 0 || l > 2 {
		return nil, fmt.Errorf("bad level %d: %w", int(l), errLevel)
	}
	return []byte([]string{"debug", "info", "warn"}[l]), nil
}

type Report struct {
	Name   string        `json:"name"`
	Counts map[Level]int `json:"counts"`
}

func main() {
	b, err := json.Marshal(map[Level]int{0: 3, 2: 1})
	fmt.Println(string(b), err)

	b, err = json.Marshal(map[Level]int{1: 1, 7: 2})
	fmt.Printf("%q %v\n", b, err)

	b, err = json.Marshal(Report{"ok", map[Level]int{1: 5}})
	fmt.Println(string(b), err)

	b, err = json.Marshal(Report{"bad", map[Level]int{1: 5, -1: 0}})
	fmt.Printf("%q %v\n", b, err)

	b, err = json.MarshalIndent([]map[Level]string{{2: "w"}, {9: "x"}}, "", " ")
	fmt.Printf("%q %v\n", b, err)

	enc := json.NewEncoder(os.Stdout)
	fmt.Println(enc.Encode(map[Level]bool{0: true}))
	fmt.Println(enc.Encode(map[Level]bool{5: true}))
}
