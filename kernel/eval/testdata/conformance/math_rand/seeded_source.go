package main

import (
	"fmt"
	"math/rand"
)

func main() {
	r := rand.New(rand.NewSource(1))
	fmt.Println(r.Intn(100), r.Intn(100), r.Int63(), r.Int31n(10))
	fmt.Printf("%.6f %.6f\n", r.Float64(), r.Float32())
	fmt.Println(r.Perm(8))
	s := []string{"a", "b", "c", "d", "e"}
	r.Shuffle(len(s), func(i, j int) { s[i], s[j] = s[j], s[i] })
	fmt.Println(s)
	fmt.Println(r.Uint32(), r.Uint64(), r.Int63n(1000), r.Int())
	fmt.Printf("%.6f %.6f\n", r.NormFloat64(), r.ExpFloat64())
	r.Seed(1)
	fmt.Println(r.Intn(100))
}
