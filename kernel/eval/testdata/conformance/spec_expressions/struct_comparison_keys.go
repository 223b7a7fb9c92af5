package main

import "fmt"

type Key struct {
	Path, Country string
}

func main() {
	hits := make(map[Key]int)
	hits[Key{"/", "vn"}]++
	hits[Key{"/ref/spec", "ch"}]++
	hits[Key{"/", "vn"}]++
	fmt.Println(hits[Key{"/", "vn"}], hits[Key{"/ref/spec", "ch"}], len(hits))
	type pair [2]string
	seen := map[pair]bool{{"a", "b"}: true}
	fmt.Println(seen[pair{"a", "b"}], seen[pair{"b", "a"}])
}
