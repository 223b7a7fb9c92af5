package main

import (
	"fmt"
	"strings"
	"unique"
)

type Tag struct {
	Key, Value string
}

type Symbol = unique.Handle[string]

type Interner struct {
	seen map[unique.Handle[Tag]]int
}

func (in *Interner) Add(t Tag) unique.Handle[Tag] {
	h := unique.Make(t)
	in.seen[h]++
	return h
}

func main() {
	in := &Interner{seen: map[unique.Handle[Tag]]int{}}
	a := in.Add(Tag{"env", "prod"})
	b := in.Add(Tag{"env", strings.ToLower("PROD")})
	c := in.Add(Tag{"env", "dev"})
	fmt.Println(a == b, a == c, len(in.seen), in.seen[a], a.Value())
	var syms []Symbol
	for _, w := range strings.Fields("go is go and go is fun") {
		syms = append(syms, unique.Make(w))
	}
	distinct := map[Symbol]bool{}
	for _, s := range syms {
		distinct[s] = true
	}
	fmt.Println(len(syms), len(distinct), syms[0] == syms[2], syms[0].Value())
	type pt struct{ X, Y int }
	fmt.Println(unique.Make(pt{1, 2}) == unique.Make(pt{1, 2}), unique.Make(pt{1, 2}).Value())
}
