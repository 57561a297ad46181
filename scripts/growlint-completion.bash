# bash completion for growlint, installed by cmake --install as
# share/bash-completion/completions/growlint. Commands and options are read
# from the growlint on PATH (`growlint help`, `growlint COMMAND --help`), so
# they follow the installed version; rule ids from `growlint rules`.
_growlint() {
  local cur=${COMP_WORDS[COMP_CWORD]} prev=${COMP_WORDS[COMP_CWORD-1]} words
  if [ "$COMP_CWORD" -eq 1 ]; then
    words=$(growlint help 2>/dev/null | sed -n '/^commands:/,/^$/s/^  \([a-z][a-z-]*\) .*/\1/p')
    mapfile -t COMPREPLY < <(compgen -W "$words" -- "$cur")
    return
  fi
  local cmd=${COMP_WORDS[1]}
  case "$prev" in
    --format) words="text json sarif codequality" ;;
    --fail-on) words="any new none" ;;
    --as) words="false-positive intentional confirmed none" ;;
    --lang) words="c c++" ;;
    --state) words="new unchanged reopened fixed unknown" ;;
    --triage) words="false-positive intentional confirmed none" ;;
    --rule) words=$(growlint rules 2>/dev/null | cut -d' ' -f1) ;;
    -p|--db|--config|--rules|--output|--export-fixes|--baseline|--write|--html)
      compopt -o default 2>/dev/null
      COMPREPLY=()
      return ;;
    *)
      if [ "$cmd" = explain ] || [ "$cmd" = help ]; then
        if [[ $cur != -* ]]; then
          if [ "$cmd" = explain ]; then words=$(growlint rules 2>/dev/null | cut -d' ' -f1)
          else words=$(growlint help 2>/dev/null | sed -n '/^commands:/,/^$/s/^  \([a-z][a-z-]*\) .*/\1/p'); fi
          mapfile -t COMPREPLY < <(compgen -W "$words" -- "$cur")
          return
        fi
      fi
      if [[ $cur == -* ]]; then
        words=$(growlint "$cmd" --help 2>/dev/null | grep -oE -- '--[a-z][a-z-]*' | sort -u)
      else
        compopt -o default 2>/dev/null
        COMPREPLY=()
        return
      fi ;;
  esac
  mapfile -t COMPREPLY < <(compgen -W "$words" -- "$cur")
}
complete -F _growlint growlint
