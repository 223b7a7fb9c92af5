package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func main() {
	multiprocessing.Main()
	for _, cv := range []struct {
		code string
		v    any
	}{{"i", 7}, {"d", 2.5}, {"b", -3}, {"B", 250}, {"c", []byte("z")}, {"q", 1 << 40}} {
		val := multiprocessing.NewValue(cv.code, cv.v)
		g := val.Get()
		if b, ok := g.([]byte); ok {
			g = pyBytes(b)
		}
		fmt.Println(cv.code, g, val)
	}
	arr := multiprocessing.NewArray("i", 4)
	fmt.Println(pyList(arr.Slice()), arr.Len())
	arr.Set(2, 9)
	sum := 0
	for _, x := range arr.Slice() {
		sum += x.(int)
	}
	fmt.Println(pyList(arr.Slice()), sum)
}

func pyList(v any) string {
	return strings.ReplaceAll(fmt.Sprint(v), " ", ", ")
}

func pyBytes(b []byte) string {
	if b == nil {
		return "None"
	}
	return "b" + pyStr(string(b))
}

func pyStr(s string) string {
	r := strings.NewReplacer("\\", `\\`, "\n", `\n`, "\r", `\r`, "\t", `\t`, "'", `\'`)
	return "'" + r.Replace(s) + "'"
}
