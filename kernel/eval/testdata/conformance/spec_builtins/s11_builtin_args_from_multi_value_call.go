package main

import "fmt"

// The arguments of copy and delete may be the results of one call of
// several values, as for any function: copy(split(b)), delete(entry(m))
// (the interpreter read a second argument that was not there: "index out
// of range [2] with length 2").

func halves(b []byte) ([]byte, []byte) { return b[:2], b[2:] }

func target(b []byte) ([]byte, string) { return b, "xyz" }

func entry(m map[string]int) (map[string]int, string) { return m, "b" }

func main() {
	b := []byte("abcd")
	n := copy(halves(b))
	fmt.Println(n, string(b))

	c := []byte("....")
	n = copy(target(c))
	fmt.Println(n, string(c))

	m := map[string]int{"a": 1, "b": 2}
	delete(entry(m))
	fmt.Println(len(m), m)
}
