package main

import (
	"bufio"
	"fmt"
	"io"
	"sort"
	"strings"
)

func countLines(r io.Reader, counts map[string]int, origin map[string][]string, name string) {
	input := bufio.NewScanner(r)
	for input.Scan() {
		line := input.Text()
		counts[line]++
		if len(origin[line]) == 0 || origin[line][len(origin[line])-1] != name {
			origin[line] = append(origin[line], name)
		}
	}
}

func main() {
	files := map[string]string{
		"a.txt": "hello\nworld\nhello\ngo\n",
		"b.txt": "go\ngo\nrust\nworld",
		"c.txt": "",
	}
	names := make([]string, 0, len(files))
	for name := range files {
		names = append(names, name)
	}
	sort.Strings(names)
	counts := make(map[string]int)
	origin := make(map[string][]string)
	for _, name := range names {
		countLines(strings.NewReader(files[name]), counts, origin, name)
	}
	lines := make([]string, 0, len(counts))
	for line := range counts {
		lines = append(lines, line)
	}
	sort.Slice(lines, func(i, j int) bool {
		if counts[lines[i]] != counts[lines[j]] {
			return counts[lines[i]] > counts[lines[j]]
		}
		return lines[i] < lines[j]
	})
	for _, line := range lines {
		if n := counts[line]; n > 1 {
			fmt.Printf("%d\t%s\t%v\n", n, line, origin[line])
		}
	}

	freq := make(map[rune]int)
	var utflen [5]int
	invalid := 0
	in := bufio.NewReader(strings.NewReader("héllo, 世界! \xff ok"))
	for {
		r, n, err := in.ReadRune()
		if err == io.EOF {
			break
		}
		if r == '\uFFFD' && n == 1 {
			invalid++
			continue
		}
		freq[r]++
		utflen[n]++
	}
	keys := make([]rune, 0)
	for r := range freq {
		keys = append(keys, r)
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
	for _, r := range keys {
		fmt.Printf("%q %d\n", r, freq[r])
	}
	fmt.Println("len count")
	for i, n := range utflen {
		if i > 0 {
			fmt.Printf("%d %d\n", i, n)
		}
	}
	fmt.Println("invalid:", invalid)
}
