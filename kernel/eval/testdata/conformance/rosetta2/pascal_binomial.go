package main

import (
	"fmt"
	"math/big"
	"strings"
)

func main() {
	row := []int{1}
	for i := 0; i < 8; i++ {
		strs := make([]string, len(row))
		for j, v := range row {
			strs[j] = fmt.Sprint(v)
		}
		line := strings.Join(strs, " ")
		fmt.Printf("%*s\n", 12+len(line)/2, line)
		next := make([]int, len(row)+1)
		next[0], next[len(row)] = 1, 1
		for j := 1; j < len(row); j++ {
			next[j] = row[j-1] + row[j]
		}
		row = next
	}
	fmt.Println(new(big.Int).Binomial(100, 50))
	var catalan []int64
	for n := int64(0); n < 15; n++ {
		c := new(big.Int).Binomial(2*n, n)
		c.Div(c, big.NewInt(n+1))
		catalan = append(catalan, c.Int64())
	}
	fmt.Println(catalan)
}
