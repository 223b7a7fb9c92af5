package main

import (
	"encoding/json"
	"fmt"
	"strings"
)

// Level's UnmarshalText logs each call: the decoder calls it as it meets
// each value, in the order of the input, and stops at the first error.
type Level int

func (l *Level) UnmarshalText(b []byte) error {
	fmt.Printf("  level %s (was %d)\n", b, *l)
	switch strings.ToLower(string(b)) {
	case "low":
		*l = 1
	case "high":
		*l = 3
	default:
		return fmt.Errorf("unknown level %q", b)
	}
	return nil
}

// Tags merges what it decodes into what it held.
type Tags []string

func (t *Tags) UnmarshalJSON(b []byte) error {
	var more []string
	if err := json.Unmarshal(b, &more); err != nil {
		return err
	}
	fmt.Println("  tags", more, "onto", *t)
	*t = append(*t, more...)
	return nil
}

type Job struct {
	Name   string
	Steps  []Level
	Owners map[Level]string
	Prio   *Level
	Tags   *Tags
	Grid   [3]Level
	Done   bool
}

func main() {
	inputs := []string{
		`{"Owners":{"high":"ann"},"Steps":["low","high"],"Name":"a","Done":true}`,
		`{"Grid":["high","oops","low"],"Name":"b","Done":true}`,
		`{"Tags":["x"],"Prio":"high","Steps":["low","mid","high"],"Name":"c"}`,
		`[1,2]`,
	}
	for _, in := range inputs {
		fmt.Println(in)
		old := Level(2)
		tags := Tags{"keep"}
		j := Job{Name: "?", Prio: &old, Tags: &tags, Grid: [3]Level{9, 9, 9}}
		err := json.NewDecoder(strings.NewReader(in)).Decode(&j)
		fmt.Printf("  err=%v\n  %s %v %v %d %v %v %v\n", err, j.Name, j.Steps, j.Owners, *j.Prio, *j.Tags, j.Grid, j.Done)
	}
	var levels []Level
	err := json.Unmarshal([]byte(`["high","LOW","none","low"]`), &levels)
	fmt.Println(levels, err)
}
