package main

import (
	"fmt"
	"hash/maphash"
)

func main() {
	seed := maphash.MakeSeed()
	a := maphash.String(seed, "hello")
	b := maphash.String(seed, "hello")
	c := maphash.Bytes(seed, []byte("hello"))
	fmt.Println(a == b, a == c, a == maphash.String(seed, "world"))
	var h maphash.Hash
	h.SetSeed(seed)
	h.WriteString("hel")
	h.WriteString("lo")
	fmt.Println(h.Sum64() == a)
	h.Reset()
	h.WriteByte('h')
	h.Write([]byte("ello"))
	fmt.Println(h.Sum64() == a, h.Size(), h.BlockSize())
	fmt.Println(len(h.Sum(nil)))
	fmt.Println(maphash.Comparable(seed, 42) == maphash.Comparable(seed, 42))
	type key struct{ a, b int }
	fmt.Println(maphash.Comparable(seed, key{1, 2}) == maphash.Comparable(seed, key{1, 2}))
}
