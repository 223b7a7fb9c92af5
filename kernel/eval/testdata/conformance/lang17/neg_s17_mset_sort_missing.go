package main

import (
	"fmt"
	"sort"
)

type byLen []string

func (b byLen) Len() int           { return len(b) }
func (b byLen) Less(i, j int) bool { return len(b[i]) < len(b[j]) }

func main() {
	s := byLen{"aa", "b"}
	sort.Sort(s)
	fmt.Println(s)
}
