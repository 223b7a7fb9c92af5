package main

import (
	"encoding/json"
	"fmt"
	"strings"
	"time"
)

// A pointer-receiver UnmarshalJSON of a notebook type filled as a field,
// slice element, map value, pointer field, array element and at the top
// level.

type Dur struct{ time.Duration }

func (d *Dur) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return fmt.Errorf("dur: %w", err)
	}
	v, err := time.ParseDuration(s)
	d.Duration = v
	return err
}

type Level int

func (l *Level) UnmarshalJSON(b []byte) error {
	switch strings.Trim(string(b), `"`) {
	case "low":
		*l = 1
	case "high":
		*l = 3
	default:
		*l = 2
	}
	return nil
}

type Job struct {
	Name    string
	Timeout Dur
	Retry   *Dur
	Levels  []Level
	ByName  map[string]Level
	Pair    [2]Level
}

func main() {
	var j Job
	err := json.Unmarshal([]byte(`{"Name":"build","Timeout":"1m30s","Retry":"5s",
		"Levels":["low","high","x"],"ByName":{"a":"high"},"Pair":["low","mid"]}`), &j)
	fmt.Println(err, j.Name, j.Timeout, j.Retry.Duration, j.Levels, j.ByName, j.Pair)
	var l Level
	fmt.Println(json.Unmarshal([]byte(`"high"`), &l), l)
	var ls []Level
	fmt.Println(json.Unmarshal([]byte(`["low","low"]`), &ls), ls)
	var d Dur
	err = json.Unmarshal([]byte(`12`), &d)
	fmt.Println(err != nil, d.Duration)
}
