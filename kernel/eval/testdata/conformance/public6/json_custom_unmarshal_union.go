package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"
)

type Shape interface{ Area() float64 }

type Circle struct {
	R float64 `json:"r"`
}
type Rect struct {
	W float64 `json:"w"`
	H float64 `json:"h"`
}

func (c Circle) Area() float64 { return 3 * c.R * c.R }
func (r Rect) Area() float64   { return r.W * r.H }

type AnyShape struct{ Shape }

func (a AnyShape) MarshalJSON() ([]byte, error) {
	var kind string
	switch a.Shape.(type) {
	case Circle:
		kind = "circle"
	case Rect:
		kind = "rect"
	default:
		return nil, fmt.Errorf("unknown shape %T", a.Shape)
	}
	data, err := json.Marshal(a.Shape)
	if err != nil {
		return nil, err
	}
	return json.Marshal(struct {
		Kind string          `json:"kind"`
		Data json.RawMessage `json:"data"`
	}{kind, data})
}

func (a *AnyShape) UnmarshalJSON(b []byte) error {
	var env struct {
		Kind string          `json:"kind"`
		Data json.RawMessage `json:"data"`
	}
	if err := json.Unmarshal(b, &env); err != nil {
		return fmt.Errorf("envelope: %w", err)
	}
	switch env.Kind {
	case "circle":
		var c Circle
		if err := json.Unmarshal(env.Data, &c); err != nil {
			return err
		}
		a.Shape = c
	case "rect":
		var r Rect
		if err := json.Unmarshal(env.Data, &r); err != nil {
			return err
		}
		a.Shape = r
	default:
		return fmt.Errorf("unknown kind %q", env.Kind)
	}
	return nil
}

type Drawing struct {
	Title  string     `json:"title"`
	Shapes []AnyShape `json:"shapes"`
	Main   *AnyShape  `json:"main,omitempty"`
}

type Flexible int

func (f *Flexible) UnmarshalJSON(b []byte) error {
	s := strings.Trim(string(b), `"`)
	var n int
	if _, err := fmt.Sscan(s, &n); err != nil {
		return errors.New("flexible: not a number: " + s)
	}
	*f = Flexible(n)
	return nil
}

func main() {
	d := Drawing{Title: "demo", Shapes: []AnyShape{{Circle{1}}, {Rect{2, 3}}}, Main: &AnyShape{Rect{1, 1}}}
	b, err := json.Marshal(d)
	fmt.Println(string(b), err)
	var back Drawing
	err = json.Unmarshal(b, &back)
	fmt.Println(err, len(back.Shapes))
	for _, s := range back.Shapes {
		fmt.Printf("%T %v %.1f\n", s.Shape, s.Shape, s.Area())
	}
	fmt.Printf("%+v\n", back.Main.Shape)
	err = json.Unmarshal([]byte(`{"shapes":[{"kind":"hexagon","data":{}}]}`), &back)
	fmt.Println(err)
	_, err = json.Marshal(AnyShape{})
	fmt.Println(err)

	var nums []Flexible
	err = json.Unmarshal([]byte(`[1, "2", " 3", "x"]`), &nums)
	fmt.Println(nums, err)
	var m map[string]Flexible
	err = json.Unmarshal([]byte(`{"a":"10","b":20}`), &m)
	fmt.Println(m["a"]+m["b"], err)
}
