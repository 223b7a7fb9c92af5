package main

import "fmt"

type Key struct {
	Row, Col int
}

type Grid map[Key]string

func main() {
	g := Grid{}
	g[Key{1, 2}] = "b"
	g[Key{0, 0}] = "a"
	g[Key{1, 0}] = "c"
	fmt.Println(g)
	fmt.Println(len(g), g[Key{1, 2}], g[Key{9, 9}] == "")
	visited := map[[2]int]bool{{0, 1}: true, {0, 0}: true}
	fmt.Println(visited)
	counts := map[rune]int{}
	for _, r := range "hello world" {
		counts[r]++
	}
	fmt.Println(counts)
	nested := map[string]map[string]int{"x": {"b": 2, "a": 1}, "w": {"z": 26}}
	fmt.Println(nested)
	fmt.Printf("%v %+v %#v\n", Key{1, 2}, Key{1, 2}, Key{1, 2})
	type pair struct {
		k string
		v []int
	}
	ps := []pair{{"a", []int{1}}, {"b", nil}}
	fmt.Printf("%v\n%+v\n", ps, ps)
	anon := []struct {
		Name string
		OK   bool
	}{{"x", true}, {"y", false}}
	fmt.Println(anon, anon[0] == struct {
		Name string
		OK   bool
	}{"x", true})
	var ip *int
	var e error
	var m map[string]int
	var s []int
	fmt.Println(ip, e, m, s, m == nil, s == nil)
	fmt.Printf("%v %d %s\n", []byte("hi"), []byte("hi"), []byte("hi"))
	fmt.Printf("%x % x %X %q\n", "hi", []byte("hi"), "hi", []string{"a", "b"})
	fmt.Printf("%5.1f|%-8s|%08.3f|%+d|%x|%o|%U|%c\n", 3.14159, "go", -3.14159, 5, -255, 8, 0x1F600, 'G')
	fmt.Printf("%t %v %p\n", true, nil, nil)
	fmt.Printf("%6.2f%%\n", 12.3456)
	fmt.Printf("%[2]d %[1]d %d\n", 1, 2)
	fmt.Printf("%*d|%-*d|\n", 5, 42, 4, 7)
	fmt.Printf("%d %s\n", "str", 5)
	fmt.Printf("%d\n")
	fmt.Printf("%d %d\n", 1, 2, 3)
}
