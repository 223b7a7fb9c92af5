package main

import (
	"encoding/json"
	"fmt"
	"sort"
	"strings"
)

// mergePatch applies an RFC 7386 JSON merge patch.
func mergePatch(target, patch any) any {
	p, ok := patch.(map[string]any)
	if !ok {
		return patch
	}
	t, ok := target.(map[string]any)
	if !ok {
		t = map[string]any{}
	}
	for k, v := range p {
		if v == nil {
			delete(t, k)
			continue
		}
		t[k] = mergePatch(t[k], v)
	}
	return t
}

func diffKeys(a, b map[string]any, prefix string, out *[]string) {
	keys := map[string]bool{}
	for k := range a {
		keys[k] = true
	}
	for k := range b {
		keys[k] = true
	}
	sorted := make([]string, 0, len(keys))
	for k := range keys {
		sorted = append(sorted, k)
	}
	sort.Strings(sorted)
	for _, k := range sorted {
		av, aok := a[k]
		bv, bok := b[k]
		path := prefix + "/" + k
		switch {
		case !aok:
			*out = append(*out, "+ "+path)
		case !bok:
			*out = append(*out, "- "+path)
		default:
			am, amok := av.(map[string]any)
			bm, bmok := bv.(map[string]any)
			if amok && bmok {
				diffKeys(am, bm, path, out)
			} else if fmt.Sprint(av) != fmt.Sprint(bv) {
				*out = append(*out, fmt.Sprintf("~ %s: %v -> %v", path, av, bv))
			}
		}
	}
}

func main() {
	var doc, patch any
	json.Unmarshal([]byte(`{"title":"Goodbye!","author":{"givenName":"John","familyName":"Doe"},"tags":["example","sample"],"content":"This will be unchanged"}`), &doc)
	json.Unmarshal([]byte(`{"title":"Hello!","phoneNumber":"+01-123-456-7890","author":{"familyName":null},"tags":["example"]}`), &patch)
	var before map[string]any
	json.Unmarshal([]byte(`{"title":"Goodbye!","author":{"givenName":"John","familyName":"Doe"},"tags":["example","sample"],"content":"This will be unchanged"}`), &before)
	out := mergePatch(doc, patch)
	b, _ := json.MarshalIndent(out, "", "  ")
	fmt.Println(string(b))
	var changes []string
	diffKeys(before, out.(map[string]any), "", &changes)
	fmt.Println(strings.Join(changes, "\n"))
	fmt.Println(mergePatch(map[string]any{"a": 1.0}, "replaced"), mergePatch("x", map[string]any{"k": true}))
}
