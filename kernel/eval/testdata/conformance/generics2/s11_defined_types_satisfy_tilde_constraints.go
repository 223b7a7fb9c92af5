// Defined slice, map, pointer and array types satisfy interface
// constraints whose term is ~ their type literal (type Ints []int with
// interface{ ~[]int }), as in public numeric and collection helpers.
package main

import "fmt"

type IntSlice interface{ ~[]int }
type StrMap interface{ ~map[string]int }

type Ints []int
type Counts map[string]int
type Token *[4]byte
type Grid [2][2]int

func Sum[S IntSlice](s S) (t int) {
	for _, v := range s {
		t += v
	}
	return
}

func Total[M StrMap](m M) (t int) {
	for _, v := range m {
		t += v
	}
	return
}

func First[P interface{ ~*[4]byte }](p P) byte { return p[0] }

func Trace[G interface{ ~[2][2]int }](g G) int { return g[0][0] + g[1][1] }

func main() {
	fmt.Println(Sum(Ints{1, 2, 3}), Sum([]int{4}))
	fmt.Println(Total(Counts{"a": 2, "b": 3}))
	fmt.Println(First(Token(&[4]byte{7})))
	fmt.Println(Trace(Grid{{1, 2}, {3, 4}}))
}
