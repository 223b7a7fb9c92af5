package main

import (
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"sort"
	"strconv"
	"strings"
	"sync"
)

type Todo struct {
	ID    int    `json:"id"`
	Title string `json:"title"`
	Done  bool   `json:"done"`
}

type Store struct {
	mu     sync.Mutex
	nextID int
	todos  map[int]*Todo
}

func (s *Store) list(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	defer s.mu.Unlock()
	out := make([]*Todo, 0, len(s.todos))
	for _, t := range s.todos {
		if r.URL.Query().Get("done") == "" || strconv.FormatBool(t.Done) == r.URL.Query().Get("done") {
			out = append(out, t)
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	w.Header().Set("Content-Type", "application/json")
	json.NewEncoder(w).Encode(out)
}

func (s *Store) create(w http.ResponseWriter, r *http.Request) {
	var t Todo
	if err := json.NewDecoder(r.Body).Decode(&t); err != nil || t.Title == "" {
		http.Error(w, "bad todo", http.StatusBadRequest)
		return
	}
	s.mu.Lock()
	s.nextID++
	t.ID = s.nextID
	s.todos[t.ID] = &t
	s.mu.Unlock()
	w.WriteHeader(http.StatusCreated)
	json.NewEncoder(w).Encode(t)
}

func (s *Store) toggle(w http.ResponseWriter, r *http.Request) {
	id, err := strconv.Atoi(r.PathValue("id"))
	if err != nil {
		http.Error(w, "bad id", http.StatusBadRequest)
		return
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	t, ok := s.todos[id]
	if !ok {
		http.NotFound(w, r)
		return
	}
	t.Done = !t.Done
	fmt.Fprintf(w, "todo %d done=%v\n", id, t.Done)
}

func logging(next http.Handler, log *[]string) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		rec := &statusRecorder{ResponseWriter: w, status: 200}
		next.ServeHTTP(rec, r)
		*log = append(*log, fmt.Sprintf("%s %s -> %d", r.Method, r.URL.Path, rec.status))
	})
}

type statusRecorder struct {
	http.ResponseWriter
	status int
}

func (s *statusRecorder) WriteHeader(code int) {
	s.status = code
	s.ResponseWriter.WriteHeader(code)
}

func main() {
	st := &Store{todos: map[int]*Todo{}}
	mux := http.NewServeMux()
	mux.HandleFunc("GET /todos", st.list)
	mux.HandleFunc("POST /todos", st.create)
	mux.HandleFunc("PATCH /todos/{id}", st.toggle)
	var log []string
	h := logging(mux, &log)
	do := func(method, path, body string) {
		req := httptest.NewRequest(method, path, strings.NewReader(body))
		rr := httptest.NewRecorder()
		h.ServeHTTP(rr, req)
		res := rr.Result()
		b, _ := io.ReadAll(res.Body)
		fmt.Printf("%s %s: %d %s %q\n", method, path, res.StatusCode, res.Header.Get("Content-Type"), strings.TrimSpace(string(b)))
	}
	do("POST", "/todos", `{"title":"write code"}`)
	do("POST", "/todos", `{"title":"test it"}`)
	do("POST", "/todos", `{"nope":1}`)
	do("PATCH", "/todos/1", "")
	do("PATCH", "/todos/9", "")
	do("PATCH", "/todos/x", "")
	do("GET", "/todos", "")
	do("GET", "/todos?done=false", "")
	do("DELETE", "/todos", "")
	for _, l := range log {
		fmt.Println(l)
	}
}
