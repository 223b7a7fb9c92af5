package main

import (
	"fmt"
	"reflect"
	"strings"
)

func Repeat(character string, count int) string {
	var b strings.Builder
	for i := 0; i < count; i++ {
		b.WriteString(character)
	}
	return b.String()
}

func Sum(numbers []int) int {
	sum := 0
	for _, n := range numbers {
		sum += n
	}
	return sum
}

func SumAll(numbersToSum ...[]int) []int {
	var sums []int
	for _, numbers := range numbersToSum {
		sums = append(sums, Sum(numbers))
	}
	return sums
}

func SumAllTails(numbersToSum ...[]int) []int {
	var sums []int
	for _, numbers := range numbersToSum {
		if len(numbers) == 0 {
			sums = append(sums, 0)
		} else {
			sums = append(sums, Sum(numbers[1:]))
		}
	}
	return sums
}

func Reduce[A, B any](collection []A, f func(B, A) B, initial B) B {
	result := initial
	for _, x := range collection {
		result = f(result, x)
	}
	return result
}

func Find[A any](items []A, predicate func(A) bool) (value A, found bool) {
	for _, v := range items {
		if predicate(v) {
			return v, true
		}
	}
	return
}

type Transaction struct {
	From, To string
	Sum      float64
}

func BalanceFor(transactions []Transaction, name string) float64 {
	adjust := func(currentBalance float64, t Transaction) float64 {
		if t.From == name {
			return currentBalance - t.Sum
		}
		if t.To == name {
			return currentBalance + t.Sum
		}
		return currentBalance
	}
	return Reduce(transactions, adjust, 0.0)
}

func main() {
	fmt.Println(Repeat("a", 5), Repeat("ab", 0) == "")
	fmt.Println(Sum([]int{1, 2, 3, 4, 5}), Sum(nil))
	got := SumAll([]int{1, 2}, []int{0, 9})
	fmt.Println(got, reflect.DeepEqual(got, []int{3, 9}))
	fmt.Println(SumAllTails([]int{}, []int{3, 4, 5}), SumAllTails() == nil)
	tx := []Transaction{{"Chris", "Riya", 100}, {"Adil", "Chris", 25}, {"Riya", "Adil", 12.5}}
	for _, n := range []string{"Chris", "Riya", "Adil", "Nobody"} {
		fmt.Printf("%s %.2f\n", n, BalanceFor(tx, n))
	}
	concat := Reduce([]string{"a", "b", "c"}, func(acc string, s string) string { return acc + s }, "")
	fmt.Println(concat)
	v, ok := Find([]string{"Cleo", "Chris", "Quentin"}, func(s string) bool { return strings.HasPrefix(s, "Q") })
	fmt.Println(v, ok)
	_, ok = Find([]int{1, 3}, func(x int) bool { return x%2 == 0 })
	fmt.Println(ok)
}
