package main

import (
	"fmt"
	"sort"
	"strings"
)

func main() {
	var words []string
	words = append(words, "b")
	words = append(words, "a")
	sort.Strings(words)
	fmt.Println(len(words), cap(words), strings.Join(words, ","))
	var bs []byte
	bs = append(bs, "hi"...)
	fmt.Println(len(bs), cap(bs), string(bs))
}
