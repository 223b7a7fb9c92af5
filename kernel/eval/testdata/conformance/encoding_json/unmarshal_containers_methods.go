package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"
)

type Level int

func (l *Level) UnmarshalText(b []byte) error {
	switch strings.ToLower(string(b)) {
	case "low":
		*l = 1
	case "high":
		*l = 2
	default:
		return fmt.Errorf("bad level %q", b)
	}
	return nil
}

func (l Level) MarshalText() ([]byte, error) {
	return []byte([]string{"none", "low", "high"}[l]), nil
}

type Point struct{ X, Y int }

func (p *Point) UnmarshalJSON(b []byte) error {
	var xy [2]int
	if err := json.Unmarshal(b, &xy); err != nil {
		return err
	}
	p.X, p.Y = xy[0], xy[1]
	return nil
}

type Shape struct {
	Name   string          `json:"name"`
	Points []Point         `json:"points"`
	Levels map[Level]Point `json:"levels"`
	Center *Point          `json:"center"`
	Lvl    *Level          `json:"lvl,omitempty"`
}

func main() {
	var pts []Point
	err := json.Unmarshal([]byte(`[[1,2],[3,4]]`), &pts)
	fmt.Println(pts, err)
	var byLevel map[Level][]Point
	err = json.Unmarshal([]byte(`{"low":[[0,0]],"high":[[9,9],[8,8]]}`), &byLevel)
	fmt.Println(byLevel[1], byLevel[2], len(byLevel), err)
	var s Shape
	err = json.Unmarshal([]byte(`{"name":"tri","points":[[0,0],[1,0],[0,1]],"levels":{"high":[5,5]},"center":[1,1],"lvl":"low"}`), &s)
	fmt.Println(s.Name, s.Points, s.Levels, *s.Center, *s.Lvl, err)
	err = json.Unmarshal([]byte(`{"center":null}`), &s)
	fmt.Println(s.Center == nil, err)
	var shapes []*Shape
	err = json.Unmarshal([]byte(`[{"name":"a","points":[[1,1]]},null,{"name":"b","center":[2,3]}]`), &shapes)
	fmt.Println(len(shapes), shapes[0].Name, shapes[0].Points, shapes[1] == nil, shapes[2].Name, *shapes[2].Center, err)
	var lv []Level
	err = json.Unmarshal([]byte(`["low","medium"]`), &lv)
	fmt.Println(err, errors.Unwrap(err) == nil)
	var bad []Point
	err = json.Unmarshal([]byte(`[[1,2],["x"]]`), &bad)
	fmt.Println(err != nil)
	out, _ := json.Marshal(map[Level]int{1: 10, 2: 20})
	fmt.Println(string(out))
	arr := [2]Point{}
	err = json.Unmarshal([]byte(`[[7,8]]`), &arr)
	fmt.Println(arr, err)
}
