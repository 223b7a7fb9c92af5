package main

import (
	"encoding/json"
	"fmt"
)

type Count int

type Stats struct {
	N     int     `json:",string"`
	Ratio float64 `json:"ratio,string"`
	OK    bool    `json:"ok,string"`
	C     Count   `json:"c,string"`
	Name  string  `json:"name,string"`
	P     *int    `json:"p,string,omitempty"`
}

// The `string` option with notebook types, both ways, and its errors.
func main() {
	seven := 7
	out, err := json.Marshal(Stats{N: 3, Ratio: 0.5, OK: true, C: 9, Name: "a\"b", P: &seven})
	fmt.Println(string(out), err)
	var s Stats
	err = json.Unmarshal(out, &s)
	fmt.Printf("%+v %v %v\n", s.N, s.C, err)
	fmt.Println(*s.P, s.Name, s.OK, s.Ratio)
	for _, d := range []string{
		`{"N":3}`,
		`{"N":"x"}`,
		`{"c":"12"}`,
		`{"ok":"maybe"}`,
		`{"name":"plain"}`,
	} {
		var t Stats
		err := json.Unmarshal([]byte(d), &t)
		fmt.Printf("%+v err=%v\n", t.N, err)
	}
}
