package main

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func double(arr *multiprocessing.Array) {
	for i := range arr.Len() {
		arr.Set(i, arr.Get(i).(int)*2)
	}
}

func main() {
	multiprocessing.Main(double)
	a := multiprocessing.NewArray("i", []int{1, 2, 3, 4})
	d := multiprocessing.NewArray("d", 3)
	p := &multiprocessing.Process{Target: double, Args: []any{a}}
	p.Start()
	p.Join()
	var ds []string
	for _, x := range d.Slice() {
		ds = append(ds, strconv.FormatFloat(x.(float64), 'f', 1, 64))
	}
	fmt.Println(strings.ReplaceAll(fmt.Sprint(a.Slice()), " ", ", "), a.Len(), a.Get(0), a.Get(a.Len()-1), "["+strings.Join(ds, ", ")+"]")
}
