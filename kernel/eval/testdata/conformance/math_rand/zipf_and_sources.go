package main

import (
	"fmt"
	"math/rand"
)

type constSource struct{ n int64 }

func (c *constSource) Int63() int64 { c.n += 1 << 40; return c.n }
func (c *constSource) Seed(s int64) { c.n = s }

func main() {
	r := rand.New(rand.NewSource(3))
	z := rand.NewZipf(r, 1.5, 2, 20)
	var out []uint64
	for i := 0; i < 10; i++ {
		out = append(out, z.Uint64())
	}
	fmt.Println(out)
	cr := rand.New(&constSource{})
	fmt.Println(cr.Int63(), cr.Intn(10), cr.Int63())
	var src rand.Source = rand.NewSource(99)
	s64, ok := src.(rand.Source64)
	fmt.Println(ok, s64.Uint64())
}
