package main

import (
	"fmt"
	"sort"
	"strings"
)

const input = `[({(<(())[]>[[{[]{<()<>>
[(()[<>])]({[<{<<[]>>(
{([(<{}[<>[]}>{[]{[(<()>
(((({<>}<{<{<>}{[]{[]{}
[[<[([]))<([[{}[[()]]]
[{[{({}]{}}([{[{{{}}([]
{<[[]]>}<{[{[{[]{()[[[]
[<(<(<(<{}))><([]([]()
<{([([[(<>()){}]>(<<{{
<{([{{}}[<[[[<>{}]]]>[]]`

var pair = map[rune]rune{')': '(', ']': '[', '}': '{', '>': '<'}
var errScore = map[rune]int{')': 3, ']': 57, '}': 1197, '>': 25137}
var closeScore = map[rune]int{'(': 1, '[': 2, '{': 3, '<': 4}

type Corrupted struct {
	Col  int
	Want rune
	Got  rune
}

func (c *Corrupted) Error() string {
	return fmt.Sprintf("col %d: expected close for %c, found %c", c.Col, c.Want, c.Got)
}

func check(line string) ([]rune, error) {
	var stack []rune
	for i, r := range line {
		if open, ok := pair[r]; ok {
			if len(stack) == 0 || stack[len(stack)-1] != open {
				var want rune
				if len(stack) > 0 {
					want = stack[len(stack)-1]
				}
				return nil, &Corrupted{i, want, r}
			}
			stack = stack[:len(stack)-1]
			continue
		}
		stack = append(stack, r)
	}
	return stack, nil
}

func main() {
	total := 0
	var completions []int
	for _, line := range strings.Split(input, "\n") {
		stack, err := check(line)
		if c, ok := err.(*Corrupted); ok {
			fmt.Println(err)
			total += errScore[c.Got]
			continue
		}
		score := 0
		for i := len(stack) - 1; i >= 0; i-- {
			score = score*5 + closeScore[stack[i]]
		}
		completions = append(completions, score)
	}
	sort.Ints(completions)
	fmt.Println("syntax", total)
	fmt.Println("middle", completions[len(completions)/2], completions)
}
