package main

import (
	"encoding/json"
	"fmt"
	"sort"
	"strings"
)

// Decoding into any, map[string]any and []any; Decoder.UseNumber;
// decoding into an interface field holding a pointer to a notebook
// struct; sorted printing of generic values.

type Config struct {
	Name  string
	Extra any
	Items []any
}

type Inner struct{ A, B int }

type Holder struct {
	Nil any
	Sub struct{ X any }
}

func walk(v any, depth int) {
	pad := strings.Repeat(" ", depth)
	switch x := v.(type) {
	case map[string]any:
		keys := make([]string, 0, len(x))
		for k := range x {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			fmt.Printf("%s%s:\n", pad, k)
			walk(x[k], depth+1)
		}
	case []any:
		for i, e := range x {
			fmt.Printf("%s[%d]\n", pad, i)
			walk(e, depth+1)
		}
	default:
		fmt.Printf("%s%T %v\n", pad, x, x)
	}
}

func main() {
	in := `{"a":1,"b":[true,null,"s",2.5],"c":{"d":{"e":12345678901234567890}}}`
	var v any
	fmt.Println(json.Unmarshal([]byte(in), &v))
	walk(v, 0)
	d := json.NewDecoder(strings.NewReader(in))
	d.UseNumber()
	var m map[string]any
	fmt.Println(d.Decode(&m))
	n := m["c"].(map[string]any)["d"].(map[string]any)["e"].(json.Number)
	_, ierr := n.Int64()
	fmt.Println(n, n.String(), ierr != nil)
	c := Config{Extra: &Inner{}}
	fmt.Println(json.Unmarshal([]byte(`{"Name":"n","Extra":{"A":1,"B":2},"Items":[1,"x"]}`), &c))
	fmt.Printf("%T %+v %v\n", c.Extra, c.Extra, c.Items)
	c2 := Config{Extra: Inner{}}
	fmt.Println(json.Unmarshal([]byte(`{"Extra":{"A":3}}`), &c2))
	fmt.Printf("%T %v\n", c2.Extra, c2.Extra)
	h := Holder{Nil: &Inner{}}
	h.Sub.X = &Inner{}
	fmt.Println(json.Unmarshal([]byte(`{"Nil":null,"Sub":{"X":{"A":4}}}`), &h))
	fmt.Printf("%v %T %+v\n", h.Nil, h.Sub.X, h.Sub.X)
	var x any = &Inner{}
	fmt.Println(json.Unmarshal([]byte(`{"A":6}`), &x))
	fmt.Printf("%T %+v\n", x, x)
	fmt.Println(json.Unmarshal([]byte(`{"B":7}`), x))
	fmt.Printf("%T %+v\n", x, x)
}
