package main

import (
	"encoding/json"
	"fmt"
)

type V struct{ N int }

func (v V) MarshalJSON() ([]byte, error) { return json.Marshal(fmt.Sprint("v", v.N)) }

type P struct{ N int }

func (p *P) MarshalJSON() ([]byte, error) { return json.Marshal(fmt.Sprint("p", p.N)) }

type E struct{ N int }

func (e E) MarshalJSON() ([]byte, error) { return nil, fmt.Errorf("no %d", e.N) }

type K struct{ N int }

func (k K) MarshalText() ([]byte, error) { return []byte(fmt.Sprint("k", k.N)), nil }

type Holder struct {
	V  **V
	P  **P
	NV **V
	NP **P
	K  **K
	L  []**P
}

// An encoder goes through a pointer to a pointer to the methods of the
// value it points to.
func main() {
	v, p, k := &V{1}, &P{2}, &K{3}
	var nv *V
	var np *P
	for _, x := range []any{&v, &p, &nv, &np, &k} {
		b, err := json.Marshal(x)
		fmt.Println(string(b), err)
	}
	b, err := json.Marshal(Holder{&v, &p, &nv, &np, &k, []**P{&p, &np}})
	fmt.Println(string(b), err)
	b, err = json.Marshal(map[string]**K{"a": &k})
	fmt.Println(string(b), err)
	e := &E{4}
	_, err = json.Marshal(&e)
	fmt.Println(err)
	_, err = json.Marshal(struct{ F **E }{&e})
	fmt.Println(err)
	fmt.Println(**(&v), **(&p))
	fmt.Printf("%v %+v\n", *(&v), *(&p))
}
