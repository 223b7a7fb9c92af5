package main

import (
	"encoding/json"
	"fmt"
	"time"
)

// Timeout is defined from a compiled type and has its own MarshalJSON.
type Timeout time.Duration

func (t Timeout) MarshalJSON() ([]byte, error) {
	return json.Marshal(time.Duration(t).String())
}

func (t *Timeout) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return err
	}
	d, err := time.ParseDuration(s)
	*t = Timeout(d)
	return err
}

type Month time.Month

func (m Month) MarshalText() ([]byte, error) { return []byte(time.Month(m).String()[:3]), nil }

type Plan struct {
	Wait   Timeout            `json:"wait"`
	Steps  []Timeout          `json:"steps"`
	ByName map[string]Timeout `json:"by_name"`
	Start  Month              `json:"start"`
	Ptr    *Timeout           `json:"ptr"`
}

func main() {
	w := Timeout(2 * time.Second)
	p := Plan{Timeout(90 * time.Second), []Timeout{1e9, 1500 * 1e6}, map[string]Timeout{"a": Timeout(time.Minute)}, Month(time.March), &w}
	b, err := json.Marshal(p)
	fmt.Println(string(b), err)
	b, _ = json.Marshal(map[Month]int{Month(time.January): 1})
	fmt.Println(string(b))
	var back Plan
	err = json.Unmarshal([]byte(`{"wait":"1m5s","steps":["2s","3ms"],"ptr":"4h"}`), &back)
	fmt.Println(err, time.Duration(back.Wait), len(back.Steps), time.Duration(back.Steps[1]), time.Duration(*back.Ptr))
	fmt.Println(json.Unmarshal([]byte(`{"wait":"soon"}`), &back))
}
