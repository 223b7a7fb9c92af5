package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"sort"
	"strings"
)

type Event interface {
	Kind() string
}

type Created struct{ ID int }
type Deleted struct {
	ID     int
	Reason string
}

func (Created) Kind() string { return "created" }
func (Deleted) Kind() string { return "deleted" }

type Envelope struct {
	Kind string          `json:"kind"`
	Data json.RawMessage `json:"data"`
}

var registry = map[string]func() Event{
	"created": func() Event { return &Created{} },
	"deleted": func() Event { return &Deleted{} },
}

func Decode(b []byte) (Event, error) {
	var env Envelope
	if err := json.Unmarshal(b, &env); err != nil {
		return nil, err
	}
	mk, ok := registry[env.Kind]
	if !ok {
		return nil, fmt.Errorf("unknown kind %q", env.Kind)
	}
	ev := mk()
	if err := json.Unmarshal(env.Data, ev); err != nil {
		return nil, fmt.Errorf("%s: %w", env.Kind, err)
	}
	return ev, nil
}

func Encode(ev Event) ([]byte, error) {
	data, err := json.Marshal(ev)
	if err != nil {
		return nil, err
	}
	return json.Marshal(Envelope{ev.Kind(), data})
}

func main() {
	evs := []Event{Created{1}, &Deleted{2, "spam"}, Created{3}}
	var lines []string
	for _, ev := range evs {
		b, err := Encode(ev)
		if err != nil {
			fmt.Println(err)
			continue
		}
		lines = append(lines, string(b))
	}
	fmt.Println(strings.Join(lines, "\n"))
	counts := map[string]int{}
	for _, l := range lines {
		ev, err := Decode([]byte(l))
		if err != nil {
			fmt.Println(err)
			continue
		}
		counts[ev.Kind()]++
		switch e := ev.(type) {
		case *Created:
			fmt.Println("created", e.ID)
		case *Deleted:
			fmt.Println("deleted", e.ID, e.Reason)
		}
	}
	keys := make([]string, 0, len(counts))
	for k := range counts {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	fmt.Println(keys, counts)
	_, err := Decode([]byte(`{"kind":"moved","data":{}}`))
	fmt.Println(err)
	_, err = Decode([]byte(`{"kind":"deleted","data":{"ID":"x"}}`))
	var ute *json.UnmarshalTypeError
	fmt.Println(err, errors.As(err, &ute))
}
