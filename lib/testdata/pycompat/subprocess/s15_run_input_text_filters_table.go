package main

import (
	"fmt"
	"sort"
	"strings"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func main() {
	data := "pear 3\napple 10\nfig 7\napple 2\n"
	cases := [][]string{
		{"sort"},
		{"sort", "-k2", "-n"},
		{"awk", "{s[$1]+=$2} END {for (k in s) print k, s[k]}"},
		{"wc", "-l"},
		{"grep", "-c", "apple"},
		{"tr", "a-z", "A-Z"},
	}
	for _, args := range cases {
		r, err := subprocess.Run(args, subprocess.Options{Input: data, CaptureOutput: true, Text: true})
		if err != nil {
			fmt.Println(err)
			continue
		}
		lines := strings.Split(string(r.Stdout), "\n")
		if args[0] == "awk" {
			sort.Strings(lines)
		}
		var keep []string
		for _, l := range lines {
			if l != "" {
				keep = append(keep, "'"+l+"'")
			}
		}
		fmt.Println(args[0], r.Returncode, "["+strings.Join(keep, ", ")+"]", "'"+string(r.Stderr)+"'")
	}
}
