package main

import (
	"encoding/json"
	"fmt"
	"strings"
)

type P struct{ X int }

func (p *P) MarshalJSON() ([]byte, error) { return []byte(fmt.Sprintf(`"P%d"`, p.X)), nil }

type V struct{ X int }

func (v V) MarshalJSON() ([]byte, error) { return []byte(fmt.Sprintf(`"V%d"`, v.X)), nil }

type Holder struct {
	A P
	B *P
	C V
	D *V
	E []P
	F []*P
	G map[string]P
	H [1]P
}
type Key struct{ A, B string }

func (k Key) MarshalText() ([]byte, error) { return []byte(k.A + "/" + k.B), nil }
func (k *Key) UnmarshalText(b []byte) error {
	a, bb, _ := strings.Cut(string(b), "/")
	k.A, k.B = a, bb
	return nil
}

type Z struct{ N int }

func (z Z) IsZero() bool { return z.N < 0 }

type Opt struct {
	Z Z   `json:"z,omitzero"`
	Q int `json:"q,omitempty,string"`
	Embedded
	*Ptr
}
type Embedded struct{ EmbF string }
type Ptr struct{ PtrF int }
type Level int

func main() {
	h := Holder{A: P{1}, B: &P{2}, C: V{3}, D: &V{4}, E: []P{{5}}, F: []*P{{6}}, G: map[string]P{"g": {7}}, H: [1]P{{8}}}
	b, _ := json.Marshal(h)
	fmt.Println(string(b))
	b, _ = json.Marshal(&h)
	fmt.Println(string(b))
	m := map[Key]int{{"a", "b"}: 1, {"c", "d"}: 2}
	b, err := json.Marshal(m)
	fmt.Println(string(b), err)
	var back map[Key]int
	fmt.Println(json.Unmarshal(b, &back), back[Key{"c", "d"}])
	b, _ = json.Marshal(Opt{Z: Z{-1}, Q: 5})
	fmt.Println(string(b))
	b, _ = json.Marshal(Opt{Z: Z{0}, Embedded: Embedded{"e"}, Ptr: &Ptr{3}})
	fmt.Println(string(b))
	var o Opt
	fmt.Println(json.Unmarshal([]byte(`{"q":"12","EmbF":"x","PtrF":9}`), &o), o.Q, o.EmbF, o.Ptr.PtrF)
	lv := map[Level]string{2: "b", 1: "a"}
	b, _ = json.Marshal(lv)
	fmt.Println(string(b))
}
