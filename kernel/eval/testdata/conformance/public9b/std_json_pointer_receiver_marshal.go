package main

import (
	"encoding/json"
	"fmt"
	"strings"
)

type Secret struct{ v string }

func (s *Secret) MarshalJSON() ([]byte, error) {
	return json.Marshal(strings.Repeat("*", len(s.v)))
}

type Tag string

func (t Tag) MarshalText() ([]byte, error) { return []byte("#" + strings.ToLower(string(t))), nil }

type Wrapper struct {
	Val   Secret
	Ptr   *Secret
	Slice []Secret
	Map   map[string]Secret
	Tags  map[Tag]int
	Any   any
}

type Point struct{ X, Y int }

func (p Point) MarshalJSON() ([]byte, error) { return []byte(fmt.Sprintf("[%d,%d]", p.X, p.Y)), nil }

func (p *Point) UnmarshalJSON(b []byte) error {
	var a [2]int
	if err := json.Unmarshal(b, &a); err != nil {
		return err
	}
	p.X, p.Y = a[0], a[1]
	return nil
}

func main() {
	w := Wrapper{
		Val:   Secret{"abc"},
		Ptr:   &Secret{"hello"},
		Slice: []Secret{{"x"}, {"yy"}},
		Map:   map[string]Secret{"k": {"zzz"}},
		Tags:  map[Tag]int{"Go": 1, "Rust": 2},
		Any:   &Secret{"1234"},
	}
	b, err := json.Marshal(w)
	fmt.Println(string(b), err)
	b, _ = json.Marshal(&w)
	fmt.Println(string(b))
	pts := []Point{{1, 2}, {3, 4}}
	b, _ = json.Marshal(map[string]any{"pts": pts, "one": Point{5, 6}, "p": &Point{7, 8}})
	fmt.Println(string(b))
	var back struct {
		Pts []Point
		One Point
		P   *Point
		M   map[string]Point
	}
	err = json.Unmarshal([]byte(`{"pts":[[9,8],[7,6]],"one":[1,1],"p":[2,2],"m":{"a":[3,3]}}`), &back)
	fmt.Println(back.Pts, back.One, *back.P, back.M, err)
	err = json.Unmarshal([]byte(`{"one":[1,"x"]}`), &back)
	fmt.Println(err)
}
