package main

import (
	"bufio"
	"fmt"
	"regexp"
	"sort"
	"strings"
	"sync"
)

type Match struct {
	File string
	Line int
	Text string
}

var files = map[string]string{
	"main.go":   "package main\n\nfunc main() {\n\t// TODO: parse flags\n\trun()\n}\n",
	"run.go":    "package main\n\n// TODO(ann): retry\nfunc run() { // fixme later\n}\n",
	"README.md": "# tool\n\nNothing to do here.\nTODO list lives elsewhere.\n",
	"empty.txt": "",
}

func grep(re *regexp.Regexp, name, text string, out chan<- Match) {
	sc := bufio.NewScanner(strings.NewReader(text))
	n := 0
	for sc.Scan() {
		n++
		if re.MatchString(sc.Text()) {
			out <- Match{name, n, strings.TrimSpace(sc.Text())}
		}
	}
}

func main() {
	re := regexp.MustCompile(`(?i)\b(todo|fixme)\b`)
	out := make(chan Match)
	var wg sync.WaitGroup
	for name, text := range files {
		wg.Add(1)
		go func() {
			defer wg.Done()
			grep(re, name, text, out)
		}()
	}
	go func() { wg.Wait(); close(out) }()
	var ms []Match
	for m := range out {
		ms = append(ms, m)
	}
	sort.Slice(ms, func(i, j int) bool {
		if ms[i].File != ms[j].File {
			return ms[i].File < ms[j].File
		}
		return ms[i].Line < ms[j].Line
	})
	perFile := map[string]int{}
	for _, m := range ms {
		perFile[m.File]++
		fmt.Printf("%s:%d: %s\n", m.File, m.Line, m.Text)
	}
	fmt.Println(len(ms), "matches in", len(perFile), "files")
	tags := re.FindAllStringSubmatch(files["run.go"], -1)
	for _, t := range tags {
		fmt.Print(strings.ToUpper(t[1]), " ")
	}
	fmt.Println()
}
