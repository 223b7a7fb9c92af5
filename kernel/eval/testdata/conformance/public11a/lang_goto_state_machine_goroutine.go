package main

import "fmt"

func lexer(input string, out chan<- string) {
	defer close(out)
	i := 0
	var start int
scan:
	if i >= len(input) {
		goto done
	}
	if input[i] == ' ' {
		i++
		goto scan
	}
	start = i
	for i < len(input) && input[i] != ' ' {
		i++
	}
	out <- input[start:i]
	goto scan
done:
	out <- "<EOF>"
}

func main() {
	ch := make(chan string)
	go lexer("  let x  = 42 ;", ch)
	for tok := range ch {
		fmt.Printf("[%s]", tok)
	}
	fmt.Println()
	n := 0
retry:
	n++
	if n < 3 {
		fmt.Println("attempt", n, "failed")
		goto retry
	}
	fmt.Println("succeeded after", n)
}
