package main

import (
	"fmt"
	"strconv"
	"strings"
)

type rule struct {
	div  int
	word string
}

func general(n int, rules []rule) string {
	var sb strings.Builder
	for _, r := range rules {
		if n%r.div == 0 {
			sb.WriteString(r.word)
		}
	}
	if sb.Len() == 0 {
		return strconv.Itoa(n)
	}
	return sb.String()
}

func fizzChan(n int) <-chan string {
	ch := make(chan string)
	go func() {
		defer close(ch)
		for i := 1; i <= n; i++ {
			switch {
			case i%15 == 0:
				ch <- "FizzBuzz"
			case i%3 == 0:
				ch <- "Fizz"
			case i%5 == 0:
				ch <- "Buzz"
			default:
				ch <- fmt.Sprint(i)
			}
		}
	}()
	return ch
}

func main() {
	for i := 1; i <= 15; i++ {
		out := ""
		if i%3 == 0 {
			out += "Fizz"
		}
		if i%5 == 0 {
			out += "Buzz"
		}
		if out == "" {
			out = strconv.Itoa(i)
		}
		fmt.Print(out, " ")
	}
	fmt.Println()
	rules := []rule{{3, "Fizz"}, {5, "Buzz"}, {7, "Baxx"}}
	var parts []string
	for i := 100; i <= 110; i++ {
		parts = append(parts, general(i, rules))
	}
	fmt.Println(strings.Join(parts, ","))
	var all []string
	for s := range fizzChan(20) {
		all = append(all, s)
	}
	fmt.Println(len(all), all[14], all[19])
	words := [...]string{0: "", 3: "Fizz", 5: "Buzz", 6: "Fizz", 9: "Fizz", 10: "Buzz", 12: "Fizz", 15: "FizzBuzz"}
	for i := 1; i <= 15; i++ {
		if w := words[i%15]; w != "" && i%15 != 0 || i%15 == 0 {
			if i%15 == 0 {
				fmt.Print(words[15], " ")
			} else {
				fmt.Print(w, " ")
			}
		} else {
			fmt.Print(i, " ")
		}
	}
	fmt.Println()
	counts := map[string]int{}
	for i := 1; i <= 100; i++ {
		s := general(i, rules[:2])
		if _, err := strconv.Atoi(s); err == nil {
			s = "number"
		}
		counts[s]++
	}
	fmt.Println(counts)
}
