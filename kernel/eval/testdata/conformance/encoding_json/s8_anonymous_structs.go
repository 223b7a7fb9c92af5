package main

import (
	"encoding/json"
	"fmt"
)

// Anonymous struct types in notebook code: literals marshaled directly,
// slices of them, fields of anonymous struct type, decoding into them.

type Report struct {
	Title string
	Stats struct {
		Count int     `json:"count"`
		Mean  float64 `json:"mean"`
	} `json:"stats"`
	Rows []struct {
		K string
		V int `json:",omitempty"`
	}
}

func main() {
	b, _ := json.Marshal(struct {
		A int    `json:"a"`
		B string `json:"b,omitempty"`
	}{A: 1})
	fmt.Println(string(b))
	var r Report
	r.Title = "t"
	r.Stats.Count = 2
	r.Stats.Mean = 1.5
	r.Rows = append(r.Rows, struct {
		K string
		V int `json:",omitempty"`
	}{"x", 0})
	b, _ = json.Marshal(r)
	fmt.Println(string(b))
	var back Report
	fmt.Println(json.Unmarshal([]byte(`{"stats":{"count":5},"Rows":[{"K":"a","V":1},{"K":"b"}]}`), &back))
	fmt.Printf("%+v\n", back)
	pts := []struct{ X, Y int }{{1, 2}, {3, 4}}
	b, _ = json.Marshal(pts)
	fmt.Println(string(b))
	var anon []struct{ X int }
	fmt.Println(json.Unmarshal(b, &anon), anon)
}
