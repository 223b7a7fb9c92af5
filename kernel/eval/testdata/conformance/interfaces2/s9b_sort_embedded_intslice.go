package main

import (
	"fmt"
	"reflect"
	"sort"
)

// desc embeds sort.IntSlice and overrides Less: sort.Sort sees the
// override, and Len/Swap promoted from the compiled slice type.
type desc struct {
	sort.IntSlice
}

func (d desc) Less(i, j int) bool { return d.IntSlice[i] > d.IntSlice[j] }

type plain struct {
	sort.IntSlice
}

func main() {
	d := desc{sort.IntSlice{3, 1, 4, 1, 5, 9, 2, 6}}
	sort.Sort(d)
	fmt.Println(d.IntSlice, sort.IsSorted(d))
	var si sort.Interface = d
	fmt.Println(reflect.TypeOf(si), si.Len(), si.Less(0, 1))
	p := plain{sort.IntSlice{3, 1, 2}}
	sort.Sort(p)
	fmt.Println(p.IntSlice, sort.IsSorted(p))
	sort.Sort(sort.Reverse(p))
	fmt.Println(p.IntSlice)
	si = p
	fmt.Printf("%T %v\n", si, si)
}
