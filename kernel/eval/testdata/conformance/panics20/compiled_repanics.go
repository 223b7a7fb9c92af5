package main

import (
	"bytes"
	"encoding/gob"
	"encoding/json"
	"fmt"
	"sync"
)

type Bad struct{ N int }

func (b Bad) MarshalJSON() ([]byte, error) {
	if b.N < 0 {
		panic(fmt.Sprintf("negative %d", b.N))
	}
	return []byte(fmt.Sprint(b.N)), nil
}

type G struct{ V *int }

func try(name string, f func()) {
	defer func() { fmt.Printf("%s: %v\n", name, recover()) }()
	f()
}

func main() {
	try("marshal", func() { json.Marshal([]Bad{{1}, {-2}}) })
	try("encoder", func() { json.NewEncoder(&bytes.Buffer{}).Encode(Bad{-3}) })
	var ip *int
	try("sscan", func() { fmt.Sscan("5", ip) })
	once := sync.OnceFunc(func() { panic("only once") })
	try("once 1", once)
	try("once 2", once)
	var buf bytes.Buffer
	try("gob", func() { gob.NewEncoder(&buf).Encode(G{}) })
	out, err := json.Marshal(Bad{7})
	fmt.Println(string(out), err)
	f := sync.OnceFunc(func() { panic(fmt.Errorf("setup failed")) })
	defer fmt.Println("deferred in main")
	f()
}
