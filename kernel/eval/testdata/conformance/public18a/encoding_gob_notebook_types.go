package main

import (
	"bytes"
	"encoding/gob"
	"fmt"
)

type Item struct {
	Name string
	Qty  int
	Tags []string
}

type Inventory struct {
	Owner  string
	Items  map[string]Item
	Total  float64
	hidden int
}

func main() {
	var buf bytes.Buffer
	enc := gob.NewEncoder(&buf)
	inv := Inventory{Owner: "ann", Items: map[string]Item{"a": {"apple", 3, []string{"red"}}}, Total: 1.5, hidden: 9}
	fmt.Println(enc.Encode(inv), enc.Encode(Item{"pear", 1, nil}))
	dec := gob.NewDecoder(&buf)
	var back Inventory
	var it Item
	fmt.Println(dec.Decode(&back), dec.Decode(&it))
	fmt.Println(back.Owner, back.Items, back.Total, back.hidden, it)
	var partial struct {
		Owner string
		Extra int
	}
	buf.Reset()
	gob.NewEncoder(&buf).Encode(inv)
	fmt.Println(gob.NewDecoder(&buf).Decode(&partial), partial)
	buf.Reset()
	err := gob.NewEncoder(&buf).Encode(struct{ ch chan int }{})
	fmt.Println(err)
	buf.Reset()
	gob.NewEncoder(&buf).Encode(42)
	var s string
	fmt.Println(gob.NewDecoder(&buf).Decode(&s))
}
