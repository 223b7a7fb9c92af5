package main

import (
	"encoding/json"
	"fmt"
	"sort"
	"strings"
)

type Page[T any] struct {
	Items []T  `json:"items"`
	Total int  `json:"total"`
	Next  *int `json:"next,omitempty"`
}

type Result[T any] struct {
	Data  *T     `json:"data,omitempty"`
	Error string `json:"error,omitempty"`
}

type User struct {
	ID    int      `json:"id"`
	Name  string   `json:"name"`
	Roles []string `json:"roles,omitempty"`
}

type Upper string

func (u Upper) MarshalText() ([]byte, error) { return []byte(strings.ToUpper(string(u))), nil }
func (u *Upper) UnmarshalText(b []byte) error {
	*u = Upper(strings.ToLower(string(b)))
	return nil
}

type Shape interface{ Area() float64 }
type Rect struct{ W, H float64 }
type Circ struct{ R float64 }

func (r Rect) Area() float64 { return r.W * r.H }
func (c Circ) Area() float64 { return 3 * c.R * c.R }

type Drawing struct {
	Shapes []Shape `json:"shapes"`
}

func (d Drawing) MarshalJSON() ([]byte, error) {
	type entry struct {
		Kind string `json:"kind"`
		Data Shape  `json:"data"`
	}
	var es []entry
	for _, s := range d.Shapes {
		k := fmt.Sprintf("%T", s)
		es = append(es, entry{strings.TrimPrefix(k, "main."), s})
	}
	return json.Marshal(map[string]any{"shapes": es})
}

func (d *Drawing) UnmarshalJSON(b []byte) error {
	var raw struct {
		Shapes []struct {
			Kind string          `json:"kind"`
			Data json.RawMessage `json:"data"`
		} `json:"shapes"`
	}
	if err := json.Unmarshal(b, &raw); err != nil {
		return err
	}
	d.Shapes = nil
	for _, s := range raw.Shapes {
		var sh Shape
		switch s.Kind {
		case "Rect":
			var r Rect
			if err := json.Unmarshal(s.Data, &r); err != nil {
				return err
			}
			sh = r
		case "Circ":
			var c Circ
			if err := json.Unmarshal(s.Data, &c); err != nil {
				return err
			}
			sh = c
		default:
			return fmt.Errorf("unknown kind %q", s.Kind)
		}
		d.Shapes = append(d.Shapes, sh)
	}
	return nil
}

func walk(prefix string, v any, out *[]string) {
	switch t := v.(type) {
	case map[string]any:
		keys := make([]string, 0, len(t))
		for k := range t {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			walk(prefix+"."+k, t[k], out)
		}
	case []any:
		for i, e := range t {
			walk(fmt.Sprintf("%s[%d]", prefix, i), e, out)
		}
	default:
		*out = append(*out, fmt.Sprintf("%s=%v(%T)", prefix, t, t))
	}
}

func main() {
	n := 2
	p := Page[User]{Items: []User{{1, "ann", []string{"admin"}}, {2, "bob", nil}}, Total: 5, Next: &n}
	b, _ := json.Marshal(p)
	fmt.Println(string(b))
	var back Page[User]
	fmt.Println(json.Unmarshal(b, &back), back.Items[0].Roles, *back.Next, back.Total)
	r := Result[User]{Data: &User{ID: 9}}
	b, _ = json.Marshal(r)
	fmt.Println(string(b))
	b, _ = json.Marshal(Result[int]{Error: "nope"})
	fmt.Println(string(b))
	var ri Result[[]float64]
	json.Unmarshal([]byte(`{"data":[1.5,2]}`), &ri)
	fmt.Println(*ri.Data)
	m := map[Upper]Upper{"key": "val", "b": "c"}
	b, _ = json.Marshal(m)
	fmt.Println(string(b))
	var mb map[Upper]Upper
	fmt.Println(json.Unmarshal(b, &mb), mb)
	ups := []Upper{"x", "y"}
	b, _ = json.Marshal(ups)
	fmt.Println(string(b))
	var ub []Upper
	json.Unmarshal([]byte(`["AB","Cd"]`), &ub)
	fmt.Println(ub)
	d := Drawing{Shapes: []Shape{Rect{2, 3}, Circ{1}}}
	b, err := json.Marshal(d)
	fmt.Println(string(b), err)
	var d2 Drawing
	fmt.Println(json.Unmarshal(b, &d2))
	total := 0.0
	for _, s := range d2.Shapes {
		total += s.Area()
		fmt.Printf("%T %+v\n", s, s)
	}
	fmt.Println(total)
	fmt.Println(json.Unmarshal([]byte(`{"shapes":[{"kind":"Tri","data":{}}]}`), &d2))
	var anyv any
	json.Unmarshal([]byte(`{"a":{"b":[1,{"c":"x"},null,true]},"z":1e3}`), &anyv)
	var lines []string
	walk("$", anyv, &lines)
	fmt.Println(strings.Join(lines, "\n"))
	pp := &p
	ppp := &pp
	b, _ = json.Marshal(ppp)
	fmt.Println(len(b) > 0, string(b)[:20])
	anon := []struct {
		K string `json:"k"`
		V []int  `json:"v"`
	}{{"a", []int{1}}, {"b", nil}}
	b, _ = json.Marshal(anon)
	fmt.Println(string(b))
}
